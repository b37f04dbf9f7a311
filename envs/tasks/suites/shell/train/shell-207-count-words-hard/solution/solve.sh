#!/usr/bin/env bash
grep lemon /workspace/chat.txt | wc -w > /workspace/answer.txt
