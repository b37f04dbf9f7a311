#!/usr/bin/env bash
echo 9603 > /workspace/answer.txt
