#!/usr/bin/env bash
sort /workspace/timber.txt | head -n 2 > /workspace/delta.txt
