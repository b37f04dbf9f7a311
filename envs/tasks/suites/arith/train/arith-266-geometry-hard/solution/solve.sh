#!/usr/bin/env bash
python3 -c 'print(2 * (869 + 131))' > /workspace/answer.txt
