#!/usr/bin/env bash
grep pearl /workspace/speech.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
