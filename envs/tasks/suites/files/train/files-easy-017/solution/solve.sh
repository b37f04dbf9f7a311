#!/usr/bin/env bash
printf '%s\n' 'maple 36' > /workspace/river.txt
