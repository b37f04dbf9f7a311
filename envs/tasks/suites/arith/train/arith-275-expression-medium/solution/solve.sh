#!/usr/bin/env bash
python3 -c 'print(776 * 80 + 36)' > /workspace/answer.txt
