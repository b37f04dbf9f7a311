#!/usr/bin/env bash
printf '%s\n' 'river 54' > /workspace/cloud.txt
