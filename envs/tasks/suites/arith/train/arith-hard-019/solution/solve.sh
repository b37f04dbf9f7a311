#!/usr/bin/env bash
echo 1367 > /workspace/answer.txt
