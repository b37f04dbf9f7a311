#!/usr/bin/env bash
printf '%s\n' 'amber 23' > /workspace/lotus.txt
