#!/usr/bin/env bash
sed -i -e 's/^pepper,.*/pepper,1753/' /workspace/scores.csv
