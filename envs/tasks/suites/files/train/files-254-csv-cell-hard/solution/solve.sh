#!/usr/bin/env bash
sed -i -e 's/^kettle,.*/kettle,2275/' -e 's/^island,.*/island,8364/' /workspace/scores.csv
