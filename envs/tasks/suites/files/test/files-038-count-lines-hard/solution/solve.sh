#!/usr/bin/env bash
wc -l < /workspace/lemon.log > /workspace/count.txt
