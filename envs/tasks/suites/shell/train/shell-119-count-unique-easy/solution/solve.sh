#!/usr/bin/env bash
sort -u /workspace/votes.txt | wc -l > /workspace/answer.txt
