#!/usr/bin/env bash
printf '%s\n' 'maple 776' 'ember 875' > /workspace/river.txt
