#!/usr/bin/env bash
wc -w < /workspace/draft.txt > /workspace/answer.txt
