#!/usr/bin/env bash
grep cloud /workspace/story.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
