#!/usr/bin/env bash
echo 5600 > /workspace/answer.txt
