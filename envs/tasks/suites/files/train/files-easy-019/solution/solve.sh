#!/usr/bin/env bash
printf '%s\n' 'cedar 66' > /workspace/cloud.txt
