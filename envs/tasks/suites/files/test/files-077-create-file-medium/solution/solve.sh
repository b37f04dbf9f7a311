#!/usr/bin/env bash
printf '%s\n' 'apple 410' 'quartz 630' > /workspace/velvet.txt
