#!/usr/bin/env bash
mkdir -p /workspace/maple && mv /workspace/river.txt /workspace/maple/river.txt && printf '%s\n' 'stone 49' >> /workspace/maple/river.txt
