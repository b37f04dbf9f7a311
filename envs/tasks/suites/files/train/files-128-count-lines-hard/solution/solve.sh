#!/usr/bin/env bash
wc -l < /workspace/pearl.log > /workspace/count.txt
