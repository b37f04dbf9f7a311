#!/usr/bin/env bash
echo 25576 > /workspace/answer.txt
