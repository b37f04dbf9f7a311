#!/usr/bin/env bash
printf '%s\n' 'lotus 663' > /workspace/frost.txt
