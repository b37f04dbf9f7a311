#!/usr/bin/env bash
grep walnut /workspace/notes.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
