#!/usr/bin/env bash
cp /workspace/kettle.txt /workspace/brick.txt && sed -i 's/garnet/cedar/g' /workspace/brick.txt
