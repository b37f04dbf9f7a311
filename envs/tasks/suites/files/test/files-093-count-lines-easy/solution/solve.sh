#!/usr/bin/env bash
wc -l < /workspace/apple.txt > /workspace/answer.txt
