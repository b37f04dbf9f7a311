#!/usr/bin/env bash
sort /workspace/pearl.txt | head -n 6 > /workspace/island.txt
