#!/usr/bin/env bash
python3 -c 'print(2 * (808 + 678))' > /workspace/answer.txt
