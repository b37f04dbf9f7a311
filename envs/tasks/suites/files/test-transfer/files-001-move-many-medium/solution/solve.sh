#!/usr/bin/env bash
mkdir -p /workspace/assets && mv /workspace/kettle.txt /workspace/frost.txt /workspace/meadow.txt /workspace/assets/
