#!/usr/bin/env bash
python3 -c 'print((606 - 151) // 13)' > /workspace/answer.txt
