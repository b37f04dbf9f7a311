#!/usr/bin/env bash
printf '%s\n' 'apple 24' > /workspace/lotus.txt
