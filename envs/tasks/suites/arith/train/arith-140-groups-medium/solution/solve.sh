#!/usr/bin/env bash
python3 -c 'print(890 // 18)' > /workspace/answer.txt
