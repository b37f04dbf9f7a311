#!/usr/bin/env bash
sed -i 's/maple/lotus/g' /workspace/jasper.txt
