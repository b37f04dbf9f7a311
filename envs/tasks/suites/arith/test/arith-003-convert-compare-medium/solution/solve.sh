#!/usr/bin/env bash
python3 -c 'print(38 * 1000 - 30715)' > /workspace/answer.txt
