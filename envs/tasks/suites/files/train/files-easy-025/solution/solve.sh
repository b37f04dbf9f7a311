#!/usr/bin/env bash
printf '%s\n' 'stone 25' > /workspace/maple.txt
