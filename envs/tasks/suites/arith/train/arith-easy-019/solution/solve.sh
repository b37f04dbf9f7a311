#!/usr/bin/env bash
echo 46 > /workspace/answer.txt
