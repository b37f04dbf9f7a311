#!/usr/bin/env bash
printf '%s\n' 'delta 16' > /workspace/apple.txt
