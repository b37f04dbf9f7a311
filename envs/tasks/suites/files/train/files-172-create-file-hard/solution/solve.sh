#!/usr/bin/env bash
mkdir -p /workspace/logs && printf '%s\n' 'maple 776' 'ember 875' 'river 536' 'mango 790' > /workspace/logs/timber.txt
