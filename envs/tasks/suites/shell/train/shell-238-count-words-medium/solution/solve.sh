#!/usr/bin/env bash
grep -o cedar /workspace/speech.txt | wc -l > /workspace/answer.txt
