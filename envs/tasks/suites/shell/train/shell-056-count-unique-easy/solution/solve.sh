#!/usr/bin/env bash
sort -u /workspace/picks.txt | wc -l > /workspace/answer.txt
