#!/usr/bin/env bash
sed -i -e 's/^tiger,.*/tiger,917/' -e 's/^raven,.*/raven,6685/' /workspace/stock.csv
