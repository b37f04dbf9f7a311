#!/usr/bin/env bash
printf '%s\n' 'cloud 57' > /workspace/apple.txt
