#!/usr/bin/env bash
python3 -c 'print(5547 ** 4 - 8696 * 1562)' > /workspace/answer.txt
