#!/usr/bin/env bash
python3 -c 'print(24 * 805)' > /workspace/answer.txt
