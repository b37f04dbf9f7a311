#!/usr/bin/env bash
sed -i -e 's/^delta,.*/delta,1802/' /workspace/scores.csv
