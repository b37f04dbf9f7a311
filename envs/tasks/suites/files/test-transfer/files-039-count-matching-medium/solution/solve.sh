#!/usr/bin/env bash
grep -c 'stone' /workspace/ember.log > /workspace/lines.txt
