#!/usr/bin/env bash
cp /workspace/ember.txt /workspace/island.txt && sed -i 's/pearl/meadow/g' /workspace/island.txt
