#!/usr/bin/env bash
sed -i 's/river/lotus/g' /workspace/cedar.txt
