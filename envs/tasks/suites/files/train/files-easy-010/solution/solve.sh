#!/usr/bin/env bash
printf '%s\n' 'delta 88' > /workspace/delta.txt
