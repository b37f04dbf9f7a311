#!/usr/bin/env bash
grep velvet /workspace/essay.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
