#!/usr/bin/env bash
echo 67 > /workspace/answer.txt
