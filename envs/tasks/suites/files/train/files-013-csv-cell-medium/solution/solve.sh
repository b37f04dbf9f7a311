#!/usr/bin/env bash
sed -i -e 's/^coral,.*/coral,2193/' /workspace/inventory.csv
