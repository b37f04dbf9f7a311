#!/usr/bin/env bash
sed -n '24,32p' /workspace/frost.txt > /workspace/ember.txt
