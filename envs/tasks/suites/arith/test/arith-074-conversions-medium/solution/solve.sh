#!/usr/bin/env bash
python3 -c 'print(751 * 1000)' > /workspace/answer.txt
