#!/usr/bin/env bash
printf '%s\n' 'delta 66' > /workspace/lotus.txt
