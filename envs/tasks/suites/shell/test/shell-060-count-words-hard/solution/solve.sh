#!/usr/bin/env bash
grep cobalt /workspace/essay.txt | wc -w > /workspace/answer.txt
