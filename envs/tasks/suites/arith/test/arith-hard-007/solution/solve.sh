#!/usr/bin/env bash
echo 1037992 > /workspace/answer.txt
