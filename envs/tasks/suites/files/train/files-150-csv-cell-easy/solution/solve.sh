#!/usr/bin/env bash
sed -i -e 's/^lotus,.*/lotus,4752/' /workspace/inventory.csv
