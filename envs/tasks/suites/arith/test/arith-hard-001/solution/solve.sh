#!/usr/bin/env bash
echo 804 > /workspace/answer.txt
