#!/usr/bin/env bash
printf '%s\n' 'ember 72' > /workspace/river.txt
