#!/usr/bin/env bash
sed -i -e 's/^delta,.*/delta,3189/' -e 's/^olive,.*/olive,9351/' /workspace/prices.csv
