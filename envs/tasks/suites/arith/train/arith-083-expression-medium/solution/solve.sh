#!/usr/bin/env bash
python3 -c 'print((465 - 9) * 57)' > /workspace/answer.txt
