#!/usr/bin/env bash
sort -u /workspace/velvet.txt | wc -l > /workspace/answer.txt
