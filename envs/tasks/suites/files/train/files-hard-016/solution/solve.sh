#!/usr/bin/env bash
mkdir -p /workspace/apple && mv /workspace/stone.txt /workspace/apple/stone.txt && printf '%s\n' 'river 35' >> /workspace/apple/stone.txt
