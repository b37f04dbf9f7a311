#!/usr/bin/env bash
echo 273 > /workspace/answer.txt
