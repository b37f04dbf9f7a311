#!/usr/bin/env bash
wc -w < /workspace/journal.txt > /workspace/answer.txt
