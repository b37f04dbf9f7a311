#!/usr/bin/env bash
cut -d, -f2 /workspace/table.csv > /workspace/ember.txt
