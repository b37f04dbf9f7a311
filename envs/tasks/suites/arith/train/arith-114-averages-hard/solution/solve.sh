#!/usr/bin/env bash
python3 -c 'print((650 + 174 + 103 + 722 + 483 + 556) // 6)' > /workspace/answer.txt
