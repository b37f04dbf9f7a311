#!/usr/bin/env bash
echo -7002962 > /workspace/answer.txt
