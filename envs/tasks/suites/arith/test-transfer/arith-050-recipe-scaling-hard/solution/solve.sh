#!/usr/bin/env bash
python3 -c 'print(1944 * 63 // 8)' > /workspace/answer.txt
