#!/usr/bin/env bash
printf '%s\n' 'lemon 581' > /workspace/stone.txt
