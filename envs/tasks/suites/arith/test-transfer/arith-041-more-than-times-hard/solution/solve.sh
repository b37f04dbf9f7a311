#!/usr/bin/env bash
python3 -c 'print(12 * 831 + 340)' > /workspace/answer.txt
