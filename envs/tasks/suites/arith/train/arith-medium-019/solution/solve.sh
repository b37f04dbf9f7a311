#!/usr/bin/env bash
python3 -c 'print((674 - 51) * 17)' > /workspace/answer.txt
