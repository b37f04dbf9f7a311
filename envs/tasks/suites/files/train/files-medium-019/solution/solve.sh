#!/usr/bin/env bash
printf '%s\n' 'delta 18' > /workspace/stone.txt
