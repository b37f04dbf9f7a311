#!/usr/bin/env bash
echo 186 > /workspace/answer.txt
