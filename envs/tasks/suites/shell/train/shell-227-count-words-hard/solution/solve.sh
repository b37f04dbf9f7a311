#!/usr/bin/env bash
grep garnet /workspace/draft.txt | wc -w > /workspace/answer.txt
