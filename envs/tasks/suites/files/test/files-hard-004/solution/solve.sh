#!/usr/bin/env bash
mkdir -p /workspace/cedar && mv /workspace/frost.txt /workspace/cedar/frost.txt && printf '%s\n' 'cloud 33' >> /workspace/cedar/frost.txt
