#!/usr/bin/env bash
python3 -c 'print((33689 - 1914) // 41)' > /workspace/answer.txt
