#!/usr/bin/env bash
grep cedar /workspace/draft.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
