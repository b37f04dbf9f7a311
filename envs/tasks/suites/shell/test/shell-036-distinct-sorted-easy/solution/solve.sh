#!/usr/bin/env bash
sort -u /workspace/tags.txt > /workspace/answer.txt
