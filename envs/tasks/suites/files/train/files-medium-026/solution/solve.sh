#!/usr/bin/env bash
printf '%s\n' 'lotus 60' > /workspace/river.txt
