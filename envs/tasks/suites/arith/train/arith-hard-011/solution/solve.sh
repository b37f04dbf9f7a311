#!/usr/bin/env bash
echo -7890040 > /workspace/answer.txt
