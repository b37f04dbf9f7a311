#!/usr/bin/env bash
printf '%s\n' 'brick 249' 'stone 200' 'walnut 220' >> /workspace/brick.txt
