#!/usr/bin/env bash
mkdir -p /workspace/ember && mv /workspace/river.txt /workspace/ember/river.txt && printf '%s\n' 'cloud 63' >> /workspace/ember/river.txt
