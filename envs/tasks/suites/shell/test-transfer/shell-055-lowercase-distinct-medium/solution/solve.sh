#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/words.txt | sort -u > /workspace/answer.txt
