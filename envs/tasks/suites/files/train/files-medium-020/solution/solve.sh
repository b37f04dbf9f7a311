#!/usr/bin/env bash
printf '%s\n' 'ember 47' > /workspace/river.txt
