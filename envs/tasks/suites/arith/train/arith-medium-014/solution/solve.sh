#!/usr/bin/env bash
python3 -c 'print((685 - 63) * 47)' > /workspace/answer.txt
