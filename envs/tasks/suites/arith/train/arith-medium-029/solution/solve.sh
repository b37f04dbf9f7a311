#!/usr/bin/env bash
echo 54 > /workspace/answer.txt
