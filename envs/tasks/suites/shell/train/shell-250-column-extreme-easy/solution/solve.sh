#!/usr/bin/env bash
sort -n /workspace/amounts.txt | tail -n 1 > /workspace/answer.txt
