#!/usr/bin/env bash
printf '%s\n' 'coral 38' > /workspace/apple.txt
