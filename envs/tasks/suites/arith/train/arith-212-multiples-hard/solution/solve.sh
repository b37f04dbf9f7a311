#!/usr/bin/env bash
python3 -c 'print(63 * 393)' > /workspace/answer.txt
