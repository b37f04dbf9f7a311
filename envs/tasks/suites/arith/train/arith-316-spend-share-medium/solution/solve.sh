#!/usr/bin/env bash
python3 -c 'print((533 - 190) // 7)' > /workspace/answer.txt
