#!/usr/bin/env bash
printf '%s\n' 'cedar 54' > /workspace/ember.txt
