#!/usr/bin/env bash
mkdir -p /workspace/cloud && mv /workspace/frost.txt /workspace/cloud/frost.txt && printf '%s\n' 'stone 79' >> /workspace/cloud/frost.txt
