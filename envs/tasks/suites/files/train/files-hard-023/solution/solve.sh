#!/usr/bin/env bash
mkdir -p /workspace/apple && mv /workspace/amber.txt /workspace/apple/amber.txt && printf '%s\n' 'cedar 87' >> /workspace/apple/amber.txt
