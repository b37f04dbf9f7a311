#!/usr/bin/env bash
echo 2256044176 > /workspace/answer.txt
