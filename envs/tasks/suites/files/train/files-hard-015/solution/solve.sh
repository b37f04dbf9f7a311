#!/usr/bin/env bash
mkdir -p /workspace/delta && mv /workspace/cedar.txt /workspace/delta/cedar.txt && printf '%s\n' 'delta 12' >> /workspace/delta/cedar.txt
