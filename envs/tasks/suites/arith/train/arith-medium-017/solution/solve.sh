#!/usr/bin/env bash
echo 59292 > /workspace/answer.txt
