#!/usr/bin/env bash
echo 86352 > /workspace/answer.txt
