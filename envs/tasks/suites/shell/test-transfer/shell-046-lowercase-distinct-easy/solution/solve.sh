#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/list.txt | sort -u > /workspace/answer.txt
