#!/usr/bin/env bash
tr ' ' '\n' < /workspace/draft.txt | tr 'A-Z' 'a-z' | sort -u > /workspace/answer.txt
