#!/usr/bin/env bash
sed -i -e 's/^lantern,.*/lantern,4635/' /workspace/stock.csv
