#!/usr/bin/env bash
python3 -c 'print((46571 - 70) // 91)' > /workspace/answer.txt
