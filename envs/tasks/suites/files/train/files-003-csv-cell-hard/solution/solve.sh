#!/usr/bin/env bash
sed -i -e 's/^island,.*/island,541/' -e 's/^falcon,.*/falcon,8308/' /workspace/inventory.csv
