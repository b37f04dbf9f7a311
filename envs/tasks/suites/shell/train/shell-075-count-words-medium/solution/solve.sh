#!/usr/bin/env bash
grep -o tiger /workspace/speech.txt | wc -l > /workspace/answer.txt
