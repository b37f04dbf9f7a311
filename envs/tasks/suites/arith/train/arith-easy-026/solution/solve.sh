#!/usr/bin/env bash
echo 5734 > /workspace/answer.txt
