#!/usr/bin/env bash
printf '%s\n' 'delta 72' > /workspace/amber.txt
