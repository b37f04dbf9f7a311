#!/usr/bin/env bash
python3 -c 'print(736 + 562 + 423 + 742 + 822 + 65)' > /workspace/answer.txt
