#!/usr/bin/env bash
printf '%s\n' 'cedar 18' > /workspace/frost.txt
