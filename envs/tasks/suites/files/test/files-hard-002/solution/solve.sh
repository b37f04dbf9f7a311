#!/usr/bin/env bash
mkdir -p /workspace/ember && mv /workspace/amber.txt /workspace/ember/amber.txt && printf '%s\n' 'cedar 73' >> /workspace/ember/amber.txt
