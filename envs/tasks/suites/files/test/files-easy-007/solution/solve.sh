#!/usr/bin/env bash
printf '%s\n' 'lotus 17' > /workspace/lotus.txt
