#!/usr/bin/env bash
sed -i -e 's/^kettle,.*/kettle,468/' /workspace/prices.csv
