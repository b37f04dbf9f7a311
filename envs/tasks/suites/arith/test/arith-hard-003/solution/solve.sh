#!/usr/bin/env bash
echo 654 > /workspace/answer.txt
