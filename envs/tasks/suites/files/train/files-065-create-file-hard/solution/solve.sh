#!/usr/bin/env bash
mkdir -p /workspace/docs && printf '%s\n' 'island 886' 'orchid 245' 'ember 767' 'cobalt 788' 'falcon 568' 'lotus 438' > /workspace/docs/apple.txt
