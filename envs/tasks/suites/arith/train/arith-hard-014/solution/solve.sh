#!/usr/bin/env bash
echo 4305117 > /workspace/answer.txt
