#!/usr/bin/env bash
printf '%s\n' 'lotus 29' > /workspace/amber.txt
