#!/usr/bin/env bash
echo 10591 > /workspace/answer.txt
