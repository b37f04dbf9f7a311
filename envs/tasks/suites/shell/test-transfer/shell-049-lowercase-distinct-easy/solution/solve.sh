#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/picks.txt | sort -u > /workspace/answer.txt
