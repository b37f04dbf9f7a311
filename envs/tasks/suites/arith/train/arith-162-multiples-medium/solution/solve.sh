#!/usr/bin/env bash
python3 -c 'print(11 * 87)' > /workspace/answer.txt
