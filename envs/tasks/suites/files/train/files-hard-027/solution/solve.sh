#!/usr/bin/env bash
mkdir -p /workspace/stone && mv /workspace/cedar.txt /workspace/stone/cedar.txt && printf '%s\n' 'amber 96' >> /workspace/stone/cedar.txt
