#!/usr/bin/env bash
printf '%s\n' 'willow 155' 'brick 17' > /workspace/cedar.txt
