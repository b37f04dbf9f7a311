#!/usr/bin/env bash
mkdir -p /workspace/river && mv /workspace/amber.txt /workspace/river/amber.txt && printf '%s\n' 'amber 46' >> /workspace/river/amber.txt
