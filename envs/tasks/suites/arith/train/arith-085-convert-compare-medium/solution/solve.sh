#!/usr/bin/env bash
python3 -c 'print(21 * 1000 - 7292)' > /workspace/answer.txt
