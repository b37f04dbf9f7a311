#!/usr/bin/env bash
wc -w < /workspace/chat.txt > /workspace/answer.txt
