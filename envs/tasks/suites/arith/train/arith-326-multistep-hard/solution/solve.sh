#!/usr/bin/env bash
python3 -c 'print(25 * 38 - 487 + 69)' > /workspace/answer.txt
