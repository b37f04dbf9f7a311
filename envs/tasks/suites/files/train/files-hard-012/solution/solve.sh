#!/usr/bin/env bash
mkdir -p /workspace/lotus && mv /workspace/frost.txt /workspace/lotus/frost.txt && printf '%s\n' 'apple 64' >> /workspace/lotus/frost.txt
