#!/usr/bin/env bash
sed -i -e 's/^timber,.*/timber,1492/' /workspace/inventory.csv
