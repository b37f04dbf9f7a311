#!/usr/bin/env bash
python3 -c 'print(459 * 161)' > /workspace/answer.txt
