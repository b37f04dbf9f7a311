#!/usr/bin/env bash
mkdir -p /workspace/amber && mv /workspace/cedar.txt /workspace/amber/cedar.txt && printf '%s\n' 'lotus 71' >> /workspace/amber/cedar.txt
