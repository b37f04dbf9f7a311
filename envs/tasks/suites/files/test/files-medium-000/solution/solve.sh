#!/usr/bin/env bash
printf '%s\n' 'coral 55' > /workspace/cloud.txt
