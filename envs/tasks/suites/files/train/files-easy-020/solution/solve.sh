#!/usr/bin/env bash
printf '%s\n' 'coral 63' > /workspace/river.txt
