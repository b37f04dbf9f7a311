#!/usr/bin/env bash
echo 9800 > /workspace/answer.txt
