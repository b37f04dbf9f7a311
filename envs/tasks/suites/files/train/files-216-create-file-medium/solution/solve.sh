#!/usr/bin/env bash
printf '%s\n' 'tiger 48' 'lemon 580' 'mango 503' > /workspace/quartz.txt
