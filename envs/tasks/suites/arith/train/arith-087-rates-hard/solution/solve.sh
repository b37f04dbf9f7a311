#!/usr/bin/env bash
python3 -c 'print(465 * 63)' > /workspace/answer.txt
