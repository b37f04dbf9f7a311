#!/usr/bin/env bash
sed -i -e 's/^kettle,.*/kettle,9460/' -e 's/^saddle,.*/saddle,1681/' /workspace/stock.csv
