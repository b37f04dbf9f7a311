#!/usr/bin/env bash
echo 88 > /workspace/answer.txt
