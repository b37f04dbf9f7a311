#!/usr/bin/env bash
wc -l < /workspace/river.log > /workspace/total.txt
