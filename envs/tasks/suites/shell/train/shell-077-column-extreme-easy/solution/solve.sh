#!/usr/bin/env bash
sort -n /workspace/readings.txt | tail -n 1 > /workspace/answer.txt
