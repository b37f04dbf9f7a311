#!/usr/bin/env bash
echo 94 > /workspace/answer.txt
