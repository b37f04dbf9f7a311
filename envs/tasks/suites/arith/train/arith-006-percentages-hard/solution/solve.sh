#!/usr/bin/env bash
python3 -c 'print(900 * 91 // 100)' > /workspace/answer.txt
