#!/usr/bin/env bash
python3 -c 'print(274 - 123)' > /workspace/answer.txt
