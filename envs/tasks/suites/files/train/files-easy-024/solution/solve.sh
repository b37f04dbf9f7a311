#!/usr/bin/env bash
printf '%s\n' 'lotus 17' > /workspace/apple.txt
