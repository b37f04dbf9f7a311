#!/usr/bin/env bash
mkdir -p /workspace/maple && mv /workspace/stone.txt /workspace/maple/stone.txt && printf '%s\n' 'lotus 43' >> /workspace/maple/stone.txt
