#!/usr/bin/env bash
printf '%s\n' 'apple 42' > /workspace/frost.txt
