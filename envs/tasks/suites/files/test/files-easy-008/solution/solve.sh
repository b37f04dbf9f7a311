#!/usr/bin/env bash
printf '%s\n' 'lotus 38' > /workspace/coral.txt
