#!/usr/bin/env bash
grep velvet /workspace/draft.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
