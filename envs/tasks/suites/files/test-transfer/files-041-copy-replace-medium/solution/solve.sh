#!/usr/bin/env bash
cp /workspace/cobalt.txt /workspace/kettle.txt && sed -i 's/pearl/apple/g' /workspace/kettle.txt
