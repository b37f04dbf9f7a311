#!/usr/bin/env bash
python3 -c 'print(308 * 60 - 3215)' > /workspace/answer.txt
