#!/usr/bin/env bash
grep -o amber /workspace/draft.txt | wc -l > /workspace/answer.txt
