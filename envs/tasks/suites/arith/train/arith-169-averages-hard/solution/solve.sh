#!/usr/bin/env bash
python3 -c 'print((879 + 942 + 832 + 580 + 967) // 5)' > /workspace/answer.txt
