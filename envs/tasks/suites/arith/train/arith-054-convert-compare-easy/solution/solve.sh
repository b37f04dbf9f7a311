#!/usr/bin/env bash
python3 -c 'print(6 * 100 - 518)' > /workspace/answer.txt
