#!/usr/bin/env bash
echo 1916 > /workspace/answer.txt
