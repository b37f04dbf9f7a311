#!/usr/bin/env bash
sort -u /workspace/words.txt | wc -l > /workspace/answer.txt
