#!/usr/bin/env bash
printf '%s\n' 'lotus 28' > /workspace/lotus.txt
