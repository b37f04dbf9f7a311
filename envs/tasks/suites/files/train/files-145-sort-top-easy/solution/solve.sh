#!/usr/bin/env bash
sort /workspace/saddle.txt | head -n 2 > /workspace/cedar.txt
