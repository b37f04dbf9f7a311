#!/usr/bin/env bash
printf '%s\n' 'delta 51' > /workspace/cloud.txt
