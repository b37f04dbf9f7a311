#!/usr/bin/env bash
printf '%s\n' 'cedar 5' > /workspace/cloud.txt
