#!/usr/bin/env bash
sort -u /workspace/colors.txt > /workspace/answer.txt
