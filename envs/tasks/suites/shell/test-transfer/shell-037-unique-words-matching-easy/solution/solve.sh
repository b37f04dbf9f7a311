#!/usr/bin/env bash
grep sunny /workspace/minutes.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
