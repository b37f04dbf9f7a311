#!/usr/bin/env bash
sort -rn /workspace/times.txt > /workspace/answer.txt
