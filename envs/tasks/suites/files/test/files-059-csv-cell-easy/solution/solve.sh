#!/usr/bin/env bash
sed -i -e 's/^orchid,.*/orchid,4182/' /workspace/scores.csv
