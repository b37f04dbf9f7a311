#!/usr/bin/env bash
grep -o orchid /workspace/journal.txt | wc -l > /workspace/answer.txt
