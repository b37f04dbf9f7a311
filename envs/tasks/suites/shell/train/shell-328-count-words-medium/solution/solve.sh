#!/usr/bin/env bash
grep -o lantern /workspace/chat.txt | wc -l > /workspace/answer.txt
