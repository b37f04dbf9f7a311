#!/usr/bin/env bash
sed -i -e 's/^orchid,.*/orchid,4652/' /workspace/stock.csv
