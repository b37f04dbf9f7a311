#!/usr/bin/env bash
sed -i -e 's/^kettle,.*/kettle,9350/' /workspace/stock.csv
