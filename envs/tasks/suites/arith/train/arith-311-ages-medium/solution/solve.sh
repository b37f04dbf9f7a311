#!/usr/bin/env bash
python3 -c 'print(1973 - 1886)' > /workspace/answer.txt
