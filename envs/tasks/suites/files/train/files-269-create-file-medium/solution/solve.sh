#!/usr/bin/env bash
printf '%s\n' 'cloud 659' 'tiger 733' > /workspace/coral.txt
