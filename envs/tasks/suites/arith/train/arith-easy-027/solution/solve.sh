#!/usr/bin/env bash
echo 3640 > /workspace/answer.txt
