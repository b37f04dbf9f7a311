#!/usr/bin/env bash
mkdir -p /workspace/coral && mv /workspace/amber.txt /workspace/coral/amber.txt && printf '%s\n' 'frost 72' >> /workspace/coral/amber.txt
