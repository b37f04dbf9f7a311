#!/usr/bin/env bash
sed -i -e 's/^orchid,.*/orchid,5641/' -e 's/^kettle,.*/kettle,1616/' /workspace/prices.csv
