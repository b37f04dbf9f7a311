#!/usr/bin/env bash
printf '%s\n' 'maple 32' > /workspace/amber.txt
