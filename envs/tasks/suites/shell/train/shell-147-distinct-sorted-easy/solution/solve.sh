#!/usr/bin/env bash
sort -u /workspace/labels.txt > /workspace/answer.txt
