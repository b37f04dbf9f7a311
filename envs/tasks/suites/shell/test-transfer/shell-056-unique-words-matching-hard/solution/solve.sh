#!/usr/bin/env bash
grep raven /workspace/story.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
