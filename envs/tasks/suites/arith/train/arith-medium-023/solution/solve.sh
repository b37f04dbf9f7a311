#!/usr/bin/env bash
echo 13034 > /workspace/answer.txt
