#!/usr/bin/env bash
mkdir -p /workspace/cloud && mv /workspace/coral.txt /workspace/cloud/coral.txt && printf '%s\n' 'amber 51' >> /workspace/cloud/coral.txt
