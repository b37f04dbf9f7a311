#!/usr/bin/env bash
echo 2 > /workspace/answer.txt
