#!/usr/bin/env bash
mkdir -p /workspace/apple && mv /workspace/apple.txt /workspace/apple/apple.txt && printf '%s\n' 'lotus 99' >> /workspace/apple/apple.txt
