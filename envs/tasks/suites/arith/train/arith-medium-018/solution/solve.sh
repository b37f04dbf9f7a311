#!/usr/bin/env bash
python3 -c 'print((560 - 4) * 46)' > /workspace/answer.txt
