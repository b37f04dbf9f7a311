#!/usr/bin/env bash
echo 74 > /workspace/answer.txt
