#!/usr/bin/env bash
sort -u /workspace/apple.txt | wc -l > /workspace/answer.txt
