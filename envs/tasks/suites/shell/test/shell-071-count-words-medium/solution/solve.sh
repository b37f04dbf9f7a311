#!/usr/bin/env bash
grep -o frost /workspace/draft.txt | wc -l > /workspace/answer.txt
