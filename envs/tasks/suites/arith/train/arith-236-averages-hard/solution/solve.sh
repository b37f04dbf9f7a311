#!/usr/bin/env bash
python3 -c 'print((746 + 550 + 531 + 533 + 165) // 5)' > /workspace/answer.txt
