#!/usr/bin/env bash
echo 136 > /workspace/answer.txt
