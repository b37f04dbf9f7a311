#!/usr/bin/env bash
python3 -c 'print(2 * (884 + 453))' > /workspace/answer.txt
