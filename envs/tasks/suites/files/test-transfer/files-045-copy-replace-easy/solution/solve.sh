#!/usr/bin/env bash
cp /workspace/amber.txt /workspace/jasper.txt && sed -i 's/lotus/amber/g' /workspace/jasper.txt
