#!/usr/bin/env bash
sed -i -e 's/^lantern,.*/lantern,7498/' -e 's/^nectar,.*/nectar,9091/' /workspace/prices.csv
