#!/usr/bin/env bash
sed -i -e 's/^walnut,.*/walnut,3553/' /workspace/scores.csv
