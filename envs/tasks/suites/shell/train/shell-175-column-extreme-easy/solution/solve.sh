#!/usr/bin/env bash
sort -n /workspace/temperatures.txt | head -n 1 > /workspace/answer.txt
