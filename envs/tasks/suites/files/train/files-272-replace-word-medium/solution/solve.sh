#!/usr/bin/env bash
sed -i 's/pearl/walnut/g' /workspace/timber.txt
