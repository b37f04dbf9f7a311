#!/usr/bin/env bash
sed -i -e 's/^timber,.*/timber,7734/' /workspace/scores.csv
