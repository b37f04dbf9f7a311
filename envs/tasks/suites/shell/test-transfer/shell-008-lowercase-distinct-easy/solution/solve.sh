#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/names.txt | sort -u > /workspace/answer.txt
