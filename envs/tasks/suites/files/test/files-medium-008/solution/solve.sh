#!/usr/bin/env bash
printf '%s\n' 'frost 23' > /workspace/frost.txt
