#!/usr/bin/env bash
mkdir -p /workspace/reports && printf '%s\n' 'delta 917' 'lantern 653' 'meadow 836' 'river 546' > /workspace/reports/lotus.txt
