#!/usr/bin/env bash
python3 -c 'print(38538 // 56)' > /workspace/answer.txt
