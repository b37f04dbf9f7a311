#!/usr/bin/env bash
python3 -c 'print(248 + 914 + 901 + 751 + 842)' > /workspace/answer.txt
