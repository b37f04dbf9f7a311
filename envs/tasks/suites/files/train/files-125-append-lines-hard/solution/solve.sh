#!/usr/bin/env bash
printf '%s\n' 'falcon 542' 'olive 300' 'lemon 233' >> /workspace/ember.txt
