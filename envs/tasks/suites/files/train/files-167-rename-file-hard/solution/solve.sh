#!/usr/bin/env bash
mv /workspace/docs/stone/olive.log /workspace/docs/stone/island.csv
