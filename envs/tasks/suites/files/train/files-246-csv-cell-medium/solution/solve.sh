#!/usr/bin/env bash
sed -i -e 's/^tiger,.*/tiger,1975/' /workspace/stock.csv
