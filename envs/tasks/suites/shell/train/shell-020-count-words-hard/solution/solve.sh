#!/usr/bin/env bash
grep kettle /workspace/journal.txt | wc -w > /workspace/answer.txt
