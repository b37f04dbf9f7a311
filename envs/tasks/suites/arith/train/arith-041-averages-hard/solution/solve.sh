#!/usr/bin/env bash
python3 -c 'print((238 + 910 + 653 + 239 + 163 + 365) // 6)' > /workspace/answer.txt
