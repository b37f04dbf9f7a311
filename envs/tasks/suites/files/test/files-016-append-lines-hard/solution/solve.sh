#!/usr/bin/env bash
printf '%s\n' 'pearl 93' 'saddle 889' 'meadow 222' 'willow 772' >> /workspace/brick.txt
