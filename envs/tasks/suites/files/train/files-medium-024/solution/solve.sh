#!/usr/bin/env bash
printf '%s\n' 'river 86' > /workspace/amber.txt
