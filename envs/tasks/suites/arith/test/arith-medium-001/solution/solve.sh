#!/usr/bin/env bash
echo 162 > /workspace/answer.txt
