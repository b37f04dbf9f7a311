#!/usr/bin/env bash
head -n 3 /workspace/orchid.txt > /workspace/ember.txt
