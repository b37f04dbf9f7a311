#!/usr/bin/env bash
echo 195 > /workspace/answer.txt
