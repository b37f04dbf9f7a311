#!/usr/bin/env bash
python3 -c 'print(68 * 11)' > /workspace/answer.txt
