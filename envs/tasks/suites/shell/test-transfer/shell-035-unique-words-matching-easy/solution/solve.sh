#!/usr/bin/env bash
grep garnet /workspace/draft.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
