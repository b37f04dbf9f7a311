#!/usr/bin/env bash
printf '%s\n' 'stone 88' > /workspace/cedar.txt
