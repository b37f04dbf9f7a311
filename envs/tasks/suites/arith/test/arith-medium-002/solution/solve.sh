#!/usr/bin/env bash
echo 61 > /workspace/answer.txt
