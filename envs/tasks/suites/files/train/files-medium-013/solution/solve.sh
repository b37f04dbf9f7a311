#!/usr/bin/env bash
printf '%s\n' 'apple 84' > /workspace/amber.txt
