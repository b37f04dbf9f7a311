#!/usr/bin/env bash
echo 1972 > /workspace/answer.txt
