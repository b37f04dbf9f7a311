#!/usr/bin/env bash
printf '%s\n' 'quartz 402' 'apple 704' 'willow 132' > /workspace/garnet.txt
