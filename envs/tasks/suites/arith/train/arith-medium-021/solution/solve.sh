#!/usr/bin/env bash
echo 21 > /workspace/answer.txt
