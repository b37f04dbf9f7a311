#!/usr/bin/env bash
sed -i -e 's/^tiger,.*/tiger,9460/' /workspace/stock.csv
