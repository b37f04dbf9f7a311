#!/usr/bin/env bash
echo 2577663 > /workspace/answer.txt
