#!/usr/bin/env bash
mkdir -p /workspace/cloud && mv /workspace/amber.txt /workspace/cloud/amber.txt && printf '%s\n' 'amber 31' >> /workspace/cloud/amber.txt
