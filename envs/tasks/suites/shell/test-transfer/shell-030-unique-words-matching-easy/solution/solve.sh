#!/usr/bin/env bash
grep island /workspace/story.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
