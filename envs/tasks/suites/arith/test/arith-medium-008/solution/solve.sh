#!/usr/bin/env bash
echo 997 > /workspace/answer.txt
