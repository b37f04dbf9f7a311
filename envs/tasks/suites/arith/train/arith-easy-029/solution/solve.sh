#!/usr/bin/env bash
echo 51 > /workspace/answer.txt
