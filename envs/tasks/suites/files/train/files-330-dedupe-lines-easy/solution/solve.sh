#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/ember.txt > /workspace/delta.txt
