#!/usr/bin/env bash
wc -w < /workspace/minutes.txt > /workspace/answer.txt
