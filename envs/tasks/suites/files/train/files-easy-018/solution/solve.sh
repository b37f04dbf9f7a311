#!/usr/bin/env bash
printf '%s\n' 'stone 3' > /workspace/maple.txt
