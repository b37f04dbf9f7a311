#!/usr/bin/env bash
sort -u /workspace/tags.txt | wc -l > /workspace/answer.txt
