#!/usr/bin/env bash
printf '%s\n' 'maple 20' > /workspace/stone.txt
