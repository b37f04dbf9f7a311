#!/usr/bin/env bash
python3 -c 'print((58085 - 1385) // 63)' > /workspace/answer.txt
