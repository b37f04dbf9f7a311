#!/usr/bin/env bash
python3 -c 'print((9827 + 9189) * (1417 - 4933) // 7)' > /workspace/answer.txt
