#!/usr/bin/env bash
sort -u /workspace/names.txt > /workspace/answer.txt
