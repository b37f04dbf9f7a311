#!/usr/bin/env bash
printf '%s\n' 'stone 47' > /workspace/maple.txt
