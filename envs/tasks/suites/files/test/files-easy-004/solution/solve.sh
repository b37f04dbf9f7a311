#!/usr/bin/env bash
printf '%s\n' 'maple 40' > /workspace/coral.txt
