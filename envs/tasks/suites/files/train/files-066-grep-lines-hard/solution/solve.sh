#!/usr/bin/env bash
grep -v 'pearl' /workspace/meadow.log > /workspace/ember.log
