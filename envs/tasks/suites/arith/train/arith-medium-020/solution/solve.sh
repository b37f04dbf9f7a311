#!/usr/bin/env bash
echo 83928 > /workspace/answer.txt
