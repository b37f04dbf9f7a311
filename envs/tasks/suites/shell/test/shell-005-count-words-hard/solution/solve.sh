#!/usr/bin/env bash
grep brick /workspace/chat.txt | wc -w > /workspace/answer.txt
