#!/usr/bin/env bash
python3 -c 'print(524 * 15)' > /workspace/answer.txt
