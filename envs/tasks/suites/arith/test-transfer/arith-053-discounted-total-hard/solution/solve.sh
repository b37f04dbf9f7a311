#!/usr/bin/env bash
python3 -c 'print((838 + 889 + 51 + 647 + 74 + 101) * 6 // 100)' > /workspace/answer.txt
