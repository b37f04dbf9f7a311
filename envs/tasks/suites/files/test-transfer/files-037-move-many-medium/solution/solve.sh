#!/usr/bin/env bash
mkdir -p /workspace/logs && mv /workspace/stone.txt /workspace/pepper.txt /workspace/apple.txt /workspace/logs/
