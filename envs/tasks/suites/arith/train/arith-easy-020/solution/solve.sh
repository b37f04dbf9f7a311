#!/usr/bin/env bash
echo 232 > /workspace/answer.txt
