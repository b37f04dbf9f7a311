#!/usr/bin/env bash
echo 1568 > /workspace/answer.txt
