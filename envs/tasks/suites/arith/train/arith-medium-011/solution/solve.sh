#!/usr/bin/env bash
python3 -c 'print(190 * 35 + 45)' > /workspace/answer.txt
