#!/usr/bin/env bash
echo -4259145 > /workspace/answer.txt
