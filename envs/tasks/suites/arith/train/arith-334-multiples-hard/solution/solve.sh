#!/usr/bin/env bash
python3 -c 'print(21 * 921)' > /workspace/answer.txt
