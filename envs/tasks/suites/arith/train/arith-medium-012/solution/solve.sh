#!/usr/bin/env bash
echo 2418 > /workspace/answer.txt
