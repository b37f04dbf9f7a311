#!/usr/bin/env bash
python3 -c 'print(712 + 386 + 192 + 490 + 933 + 928)' > /workspace/answer.txt
