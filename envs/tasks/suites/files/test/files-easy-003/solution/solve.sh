#!/usr/bin/env bash
printf '%s\n' 'cloud 31' > /workspace/stone.txt
