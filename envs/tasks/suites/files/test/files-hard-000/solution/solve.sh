#!/usr/bin/env bash
mkdir -p /workspace/coral && mv /workspace/frost.txt /workspace/coral/frost.txt && printf '%s\n' 'maple 81' >> /workspace/coral/frost.txt
