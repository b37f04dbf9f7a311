#!/usr/bin/env bash
sort -n /workspace/readings.txt | head -n 1 > /workspace/answer.txt
