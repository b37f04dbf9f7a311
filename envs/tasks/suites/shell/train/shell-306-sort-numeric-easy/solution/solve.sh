#!/usr/bin/env bash
sort -rn /workspace/readings.txt > /workspace/answer.txt
