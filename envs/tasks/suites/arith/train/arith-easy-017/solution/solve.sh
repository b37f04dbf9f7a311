#!/usr/bin/env bash
echo 4788 > /workspace/answer.txt
