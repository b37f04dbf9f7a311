#!/usr/bin/env bash
echo 56 > /workspace/answer.txt
