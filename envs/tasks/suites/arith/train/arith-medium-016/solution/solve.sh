#!/usr/bin/env bash
echo 41592 > /workspace/answer.txt
