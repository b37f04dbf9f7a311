#!/usr/bin/env bash
grep ember /workspace/chat.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
