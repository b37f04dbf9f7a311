#!/usr/bin/env bash
printf '%s\n' 'apple 98' > /workspace/stone.txt
