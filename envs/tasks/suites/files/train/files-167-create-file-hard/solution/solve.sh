#!/usr/bin/env bash
mkdir -p /workspace/reports && printf '%s\n' 'nectar 917' 'falcon 33' 'brick 647' 'coral 135' 'pepper 181' > /workspace/reports/walnut.txt
