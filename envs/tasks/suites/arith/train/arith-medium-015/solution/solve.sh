#!/usr/bin/env bash
echo 13067 > /workspace/answer.txt
