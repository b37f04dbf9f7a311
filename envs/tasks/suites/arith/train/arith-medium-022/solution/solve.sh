#!/usr/bin/env bash
echo 86 > /workspace/answer.txt
