#!/usr/bin/env bash
cp /workspace/jasper.txt /workspace/willow.txt && sed -i 's/stone/maple/g' /workspace/willow.txt
