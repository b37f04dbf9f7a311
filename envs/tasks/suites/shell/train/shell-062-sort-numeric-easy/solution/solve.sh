#!/usr/bin/env bash
sort -rn /workspace/values.txt > /workspace/answer.txt
