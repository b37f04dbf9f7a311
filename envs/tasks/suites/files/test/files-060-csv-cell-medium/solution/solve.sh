#!/usr/bin/env bash
sed -i -e 's/^cedar,.*/cedar,7735/' /workspace/prices.csv
