#!/usr/bin/env bash
rm -r /workspace/backup /workspace/ember.txt
