#!/usr/bin/env bash
python3 -c 'print(2 * (68 + 41))' > /workspace/answer.txt
