#!/usr/bin/env bash
python3 -c 'print(7 * 1000 - 3166)' > /workspace/answer.txt
