#!/usr/bin/env bash
sort -u /workspace/votes.txt > /workspace/answer.txt
