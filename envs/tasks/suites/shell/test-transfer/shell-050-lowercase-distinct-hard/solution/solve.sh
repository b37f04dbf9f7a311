#!/usr/bin/env bash
tr ' ' '\n' < /workspace/chat.txt | tr 'A-Z' 'a-z' | sort -u > /workspace/answer.txt
