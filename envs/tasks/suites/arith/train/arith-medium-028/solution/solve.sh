#!/usr/bin/env bash
python3 -c 'print((837 - 80) * 17)' > /workspace/answer.txt
