#!/usr/bin/env bash
sort -u /workspace/list.txt | wc -l > /workspace/answer.txt
