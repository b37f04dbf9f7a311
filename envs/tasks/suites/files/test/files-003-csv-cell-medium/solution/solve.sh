#!/usr/bin/env bash
sed -i -e 's/^orchid,.*/orchid,7984/' /workspace/prices.csv
