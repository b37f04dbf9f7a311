#!/usr/bin/env bash
echo 26 > /workspace/answer.txt
