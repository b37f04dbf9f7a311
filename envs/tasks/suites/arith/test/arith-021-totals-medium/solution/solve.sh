#!/usr/bin/env bash
python3 -c 'print(67 + 66 + 91)' > /workspace/answer.txt
