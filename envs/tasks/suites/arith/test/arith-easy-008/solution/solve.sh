#!/usr/bin/env bash
echo 236 > /workspace/answer.txt
