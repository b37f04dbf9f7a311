#!/usr/bin/env bash
printf '%s\n' 'delta 31' > /workspace/amber.txt
