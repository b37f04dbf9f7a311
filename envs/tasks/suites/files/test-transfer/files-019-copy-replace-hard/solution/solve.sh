#!/usr/bin/env bash
cp /workspace/river.txt /workspace/velvet.txt && sed -i 's/raven/timber/g' /workspace/velvet.txt
