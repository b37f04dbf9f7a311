#!/usr/bin/env bash
printf '%s\n' 'river 91' > /workspace/apple.txt
