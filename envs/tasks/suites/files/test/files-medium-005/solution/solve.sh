#!/usr/bin/env bash
printf '%s\n' 'coral 92' > /workspace/maple.txt
