#!/usr/bin/env bash
echo 167 > /workspace/answer.txt
