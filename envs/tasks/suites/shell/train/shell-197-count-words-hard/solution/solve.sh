#!/usr/bin/env bash
grep olive /workspace/notes.txt | wc -w > /workspace/answer.txt
