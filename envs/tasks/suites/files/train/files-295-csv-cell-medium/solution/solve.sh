#!/usr/bin/env bash
sed -i -e 's/^timber,.*/timber,744/' /workspace/stock.csv
