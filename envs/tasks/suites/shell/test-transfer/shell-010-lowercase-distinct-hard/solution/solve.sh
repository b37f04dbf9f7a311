#!/usr/bin/env bash
tr ' ' '\n' < /workspace/minutes.txt | tr 'A-Z' 'a-z' | sort -u > /workspace/answer.txt
