#!/usr/bin/env bash
sort -u /workspace/labels.txt | wc -l > /workspace/answer.txt
