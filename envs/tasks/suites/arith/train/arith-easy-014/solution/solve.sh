#!/usr/bin/env bash
echo 116 > /workspace/answer.txt
