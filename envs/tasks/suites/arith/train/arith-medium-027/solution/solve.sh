#!/usr/bin/env bash
echo 10680 > /workspace/answer.txt
