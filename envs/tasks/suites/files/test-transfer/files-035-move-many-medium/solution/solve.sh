#!/usr/bin/env bash
mkdir -p /workspace/assets && mv /workspace/apple.txt /workspace/olive.txt /workspace/meadow.txt /workspace/assets/
