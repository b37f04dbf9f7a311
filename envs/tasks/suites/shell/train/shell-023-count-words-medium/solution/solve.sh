#!/usr/bin/env bash
grep -o timber /workspace/chat.txt | wc -l > /workspace/answer.txt
