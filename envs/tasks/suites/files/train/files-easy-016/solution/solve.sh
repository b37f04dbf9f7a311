#!/usr/bin/env bash
printf '%s\n' 'cedar 39' > /workspace/apple.txt
