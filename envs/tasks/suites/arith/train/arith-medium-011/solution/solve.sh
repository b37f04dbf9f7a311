#!/usr/bin/env bash
echo 6695 > /workspace/answer.txt
