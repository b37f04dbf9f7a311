#!/usr/bin/env bash
mkdir -p /workspace/logs && mv /workspace/lemon.txt /workspace/logs/
