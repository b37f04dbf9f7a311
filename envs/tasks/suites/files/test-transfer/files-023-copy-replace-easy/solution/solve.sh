#!/usr/bin/env bash
cp /workspace/walnut.txt /workspace/river.txt && sed -i 's/jasper/kettle/g' /workspace/river.txt
