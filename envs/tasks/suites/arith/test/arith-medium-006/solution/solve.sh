#!/usr/bin/env bash
echo 5246 > /workspace/answer.txt
