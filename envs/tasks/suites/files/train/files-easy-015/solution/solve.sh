#!/usr/bin/env bash
printf '%s\n' 'coral 41' > /workspace/cedar.txt
