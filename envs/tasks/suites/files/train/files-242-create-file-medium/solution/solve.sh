#!/usr/bin/env bash
printf '%s\n' 'willow 144' 'garnet 55' 'stone 878' > /workspace/cloud.txt
