#!/usr/bin/env bash
echo 1029 > /workspace/answer.txt
