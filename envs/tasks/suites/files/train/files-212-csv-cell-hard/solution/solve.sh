#!/usr/bin/env bash
sed -i -e 's/^frost,.*/frost,6096/' -e 's/^willow,.*/willow,8079/' /workspace/inventory.csv
