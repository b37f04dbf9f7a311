#!/usr/bin/env bash
sort -u /workspace/river.txt | wc -l > /workspace/answer.txt
