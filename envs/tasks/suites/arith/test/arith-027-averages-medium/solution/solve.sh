#!/usr/bin/env bash
python3 -c 'print((39 + 91 + 98) // 3)' > /workspace/answer.txt
