#!/usr/bin/env bash
echo 39756 > /workspace/answer.txt
