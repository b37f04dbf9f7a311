#!/usr/bin/env bash
printf '%s\n' 'cedar 424' > /workspace/tiger.txt
