#!/usr/bin/env bash
sort -u /workspace/colors.txt | wc -l > /workspace/answer.txt
