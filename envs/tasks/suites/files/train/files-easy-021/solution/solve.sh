#!/usr/bin/env bash
printf '%s\n' 'cloud 58' > /workspace/stone.txt
