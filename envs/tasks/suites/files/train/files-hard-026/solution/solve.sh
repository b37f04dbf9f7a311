#!/usr/bin/env bash
mkdir -p /workspace/cloud && mv /workspace/amber.txt /workspace/cloud/amber.txt && printf '%s\n' 'lotus 69' >> /workspace/cloud/amber.txt
