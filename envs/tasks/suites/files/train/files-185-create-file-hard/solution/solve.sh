#!/usr/bin/env bash
mkdir -p /workspace/drafts && printf '%s\n' 'quartz 142' 'stone 649' 'saddle 213' 'apple 877' > /workspace/drafts/saddle.txt
