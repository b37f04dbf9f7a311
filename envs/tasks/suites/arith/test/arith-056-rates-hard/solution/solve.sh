#!/usr/bin/env bash
python3 -c 'print(574 * 56)' > /workspace/answer.txt
