#!/usr/bin/env bash
echo 29234 > /workspace/answer.txt
