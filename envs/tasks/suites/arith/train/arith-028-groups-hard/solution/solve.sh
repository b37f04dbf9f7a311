#!/usr/bin/env bash
python3 -c 'print(52400 // 13)' > /workspace/answer.txt
