#!/usr/bin/env bash
printf '%s\n' 'quartz 267' > /workspace/garnet.txt
