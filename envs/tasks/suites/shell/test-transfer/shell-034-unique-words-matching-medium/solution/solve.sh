#!/usr/bin/env bash
grep cobalt /workspace/chat.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
