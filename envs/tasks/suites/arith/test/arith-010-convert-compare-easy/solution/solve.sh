#!/usr/bin/env bash
python3 -c 'print(7 * 100 - 531)' > /workspace/answer.txt
