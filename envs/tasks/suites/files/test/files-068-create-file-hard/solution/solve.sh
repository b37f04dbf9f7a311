#!/usr/bin/env bash
mkdir -p /workspace/reports && printf '%s\n' 'velvet 689' 'cedar 276' 'apple 185' 'lantern 653' 'meadow 836' 'river 546' > /workspace/reports/lotus.txt
