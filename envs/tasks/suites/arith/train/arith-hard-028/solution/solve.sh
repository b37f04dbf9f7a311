#!/usr/bin/env bash
python3 -c 'print((962 + 3603) * (2724 - 9255) // 7)' > /workspace/answer.txt
