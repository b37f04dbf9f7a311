#!/usr/bin/env bash
grep quartz /workspace/essay.txt | wc -w > /workspace/answer.txt
