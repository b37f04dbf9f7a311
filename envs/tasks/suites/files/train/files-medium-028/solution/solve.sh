#!/usr/bin/env bash
printf '%s\n' 'cloud 23' > /workspace/frost.txt
