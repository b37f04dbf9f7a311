#!/usr/bin/env bash
echo 131 > /workspace/answer.txt
