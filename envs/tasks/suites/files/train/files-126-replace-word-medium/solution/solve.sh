#!/usr/bin/env bash
sed -i 's/lotus/brick/g' /workspace/pearl.txt
