#!/usr/bin/env bash
printf '%s\n' 'nectar 852' > /workspace/quartz.txt
