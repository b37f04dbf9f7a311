#!/usr/bin/env bash
grep -c 'jasper' /workspace/meadow.log > /workspace/count.txt
