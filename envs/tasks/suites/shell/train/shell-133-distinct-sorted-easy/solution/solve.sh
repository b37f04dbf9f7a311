#!/usr/bin/env bash
sort -u /workspace/list.txt > /workspace/answer.txt
