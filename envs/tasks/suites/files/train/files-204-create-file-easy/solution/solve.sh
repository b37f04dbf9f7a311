#!/usr/bin/env bash
printf '%s\n' 'willow 155' > /workspace/brick.txt
