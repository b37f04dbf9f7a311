#!/usr/bin/env bash
sort -n /workspace/amounts.txt > /workspace/answer.txt
