#!/usr/bin/env bash
echo 2024 > /workspace/answer.txt
