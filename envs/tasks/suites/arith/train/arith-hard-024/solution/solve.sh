#!/usr/bin/env bash
echo 159 > /workspace/answer.txt
