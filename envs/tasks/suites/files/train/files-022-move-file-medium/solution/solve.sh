#!/usr/bin/env bash
mkdir -p /workspace/assets && mv /workspace/walnut.txt /workspace/assets/
