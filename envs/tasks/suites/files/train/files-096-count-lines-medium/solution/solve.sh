#!/usr/bin/env bash
wc -l < /workspace/timber.log > /workspace/total.txt
