#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/colors.txt | sort -u > /workspace/answer.txt
