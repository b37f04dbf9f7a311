#!/usr/bin/env bash
grep -o lemon /workspace/notes.txt | wc -l > /workspace/answer.txt
