#!/usr/bin/env bash
printf '%s\n' 'river 87' > /workspace/stone.txt
