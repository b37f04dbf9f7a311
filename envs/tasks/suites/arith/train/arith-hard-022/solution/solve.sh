#!/usr/bin/env bash
python3 -c 'print(5590 ** 4 - 3917 * 3570)' > /workspace/answer.txt
