#!/usr/bin/env bash
mkdir -p /workspace/maple && mv /workspace/frost.txt /workspace/maple/frost.txt && printf '%s\n' 'ember 54' >> /workspace/maple/frost.txt
