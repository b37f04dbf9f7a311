#!/usr/bin/env bash
python3 -c 'print(25160 // 59)' > /workspace/answer.txt
