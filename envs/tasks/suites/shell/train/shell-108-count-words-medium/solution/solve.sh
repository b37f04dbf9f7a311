#!/usr/bin/env bash
grep -o lantern /workspace/journal.txt | wc -l > /workspace/answer.txt
