#!/usr/bin/env bash
python3 -c 'print(2004 * 5345 // 5244 - 9286)' > /workspace/answer.txt
