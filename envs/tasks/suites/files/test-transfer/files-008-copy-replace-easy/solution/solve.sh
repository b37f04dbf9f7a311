#!/usr/bin/env bash
cp /workspace/brick.txt /workspace/lemon.txt && sed -i 's/raven/saddle/g' /workspace/lemon.txt
