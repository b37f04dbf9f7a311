#!/usr/bin/env bash
wc -l < /workspace/timber.log > /workspace/count.txt
