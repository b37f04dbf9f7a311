#!/usr/bin/env bash
echo 119 > /workspace/answer.txt
