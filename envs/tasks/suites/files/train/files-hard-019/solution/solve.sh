#!/usr/bin/env bash
mkdir -p /workspace/ember && mv /workspace/cedar.txt /workspace/ember/cedar.txt && printf '%s\n' 'apple 67' >> /workspace/ember/cedar.txt
