#!/usr/bin/env bash
printf '%s\n' 'amber 59' > /workspace/maple.txt
