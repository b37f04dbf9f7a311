#!/usr/bin/env bash
grep frost /workspace/draft.txt | wc -w > /workspace/answer.txt
