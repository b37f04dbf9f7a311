#!/usr/bin/env bash
sed -i -e 's/^walnut,.*/walnut,2710/' /workspace/stock.csv
