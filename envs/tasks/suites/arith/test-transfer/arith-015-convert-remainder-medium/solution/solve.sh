#!/usr/bin/env bash
python3 -c 'print((5 * 60 + 18) % 43)' > /workspace/answer.txt
