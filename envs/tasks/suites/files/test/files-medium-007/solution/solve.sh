#!/usr/bin/env bash
printf '%s\n' 'cloud 83' > /workspace/delta.txt
