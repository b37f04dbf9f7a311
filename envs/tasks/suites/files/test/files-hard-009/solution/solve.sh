#!/usr/bin/env bash
mkdir -p /workspace/frost && mv /workspace/coral.txt /workspace/frost/coral.txt && printf '%s\n' 'frost 79' >> /workspace/frost/coral.txt
