#!/usr/bin/env bash
grep river /workspace/speech.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
