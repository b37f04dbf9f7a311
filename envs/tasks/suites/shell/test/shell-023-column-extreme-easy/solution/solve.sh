#!/usr/bin/env bash
sort -n /workspace/sizes.txt | tail -n 1 > /workspace/answer.txt
