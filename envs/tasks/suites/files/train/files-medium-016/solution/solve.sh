#!/usr/bin/env bash
printf '%s\n' 'cloud 9' > /workspace/ember.txt
