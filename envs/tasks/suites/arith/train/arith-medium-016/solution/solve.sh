#!/usr/bin/env bash
python3 -c 'print(437 * 95 + 77)' > /workspace/answer.txt
