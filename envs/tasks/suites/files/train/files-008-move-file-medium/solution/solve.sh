#!/usr/bin/env bash
mkdir -p /workspace/inbox && mv /workspace/meadow.txt /workspace/inbox/
