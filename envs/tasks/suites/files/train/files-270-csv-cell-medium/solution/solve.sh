#!/usr/bin/env bash
sed -i -e 's/^orchid,.*/orchid,2076/' /workspace/stock.csv
