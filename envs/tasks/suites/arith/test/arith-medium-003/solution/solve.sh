#!/usr/bin/env bash
echo 7264 > /workspace/answer.txt
