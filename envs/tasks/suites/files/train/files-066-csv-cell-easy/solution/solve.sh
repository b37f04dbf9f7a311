#!/usr/bin/env bash
sed -i -e 's/^jasper,.*/jasper,3312/' /workspace/stock.csv
