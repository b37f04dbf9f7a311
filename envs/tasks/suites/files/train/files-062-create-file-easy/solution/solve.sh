#!/usr/bin/env bash
printf '%s\n' 'pearl 791' > /workspace/garnet.txt
