#!/usr/bin/env bash
sort -n /workspace/numbers.txt | tail -n 1 > /workspace/answer.txt
