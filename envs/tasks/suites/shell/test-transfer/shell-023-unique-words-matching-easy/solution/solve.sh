#!/usr/bin/env bash
grep willow /workspace/journal.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
