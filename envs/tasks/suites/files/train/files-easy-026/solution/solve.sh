#!/usr/bin/env bash
printf '%s\n' 'frost 59' > /workspace/maple.txt
