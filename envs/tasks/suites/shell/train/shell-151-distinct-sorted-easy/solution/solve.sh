#!/usr/bin/env bash
sort -u /workspace/words.txt > /workspace/answer.txt
