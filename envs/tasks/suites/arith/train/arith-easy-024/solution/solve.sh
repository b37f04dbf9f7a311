#!/usr/bin/env bash
echo 3952 > /workspace/answer.txt
