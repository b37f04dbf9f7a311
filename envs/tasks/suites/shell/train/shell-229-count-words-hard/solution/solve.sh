#!/usr/bin/env bash
grep orchid /workspace/notes.txt | wc -w > /workspace/answer.txt
