#!/usr/bin/env bash
sort -n /workspace/times.txt > /workspace/answer.txt
