#!/usr/bin/env bash
python3 -c 'print((228 + 508 + 730 + 360 + 445 + 939) // 6)' > /workspace/answer.txt
