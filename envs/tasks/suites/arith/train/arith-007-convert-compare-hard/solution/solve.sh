#!/usr/bin/env bash
python3 -c 'print(95 * 60 - 926)' > /workspace/answer.txt
