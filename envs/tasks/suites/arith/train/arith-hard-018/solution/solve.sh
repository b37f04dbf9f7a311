#!/usr/bin/env bash
python3 -c 'print((449 + 5202) * (9872 - 6679) // 7)' > /workspace/answer.txt
