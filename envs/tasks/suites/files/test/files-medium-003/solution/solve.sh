#!/usr/bin/env bash
printf '%s\n' 'amber 77' > /workspace/maple.txt
