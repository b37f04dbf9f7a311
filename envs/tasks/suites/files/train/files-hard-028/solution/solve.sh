#!/usr/bin/env bash
mkdir -p /workspace/cedar && mv /workspace/apple.txt /workspace/cedar/apple.txt && printf '%s\n' 'amber 1' >> /workspace/cedar/apple.txt
