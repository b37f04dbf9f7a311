#!/usr/bin/env bash
printf '%s\n' 'cedar 61' > /workspace/maple.txt
