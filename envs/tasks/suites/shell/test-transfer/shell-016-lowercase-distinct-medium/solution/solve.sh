#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/votes.txt | sort -u > /workspace/answer.txt
