#!/usr/bin/env bash
sed -i 's/olive/pearl/g' /workspace/ember.txt
