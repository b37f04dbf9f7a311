#!/usr/bin/env bash
printf '%s\n' 'lotus 374' > /workspace/stone.txt
