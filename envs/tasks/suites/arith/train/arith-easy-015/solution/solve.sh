#!/usr/bin/env bash
echo 108 > /workspace/answer.txt
