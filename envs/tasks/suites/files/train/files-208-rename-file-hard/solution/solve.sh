#!/usr/bin/env bash
mv /workspace/inbox/ember/meadow.tmp /workspace/inbox/ember/delta.csv
