#!/usr/bin/env bash
printf '%s\n' 'amber 72' > /workspace/ember.txt
