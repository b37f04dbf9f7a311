#!/usr/bin/env bash
echo 5080 > /workspace/answer.txt
