#!/usr/bin/env bash
echo 12869 > /workspace/answer.txt
