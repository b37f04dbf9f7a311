#!/usr/bin/env bash
python3 -c 'print(663 + 218 + 169 + 486 + 346 + 803)' > /workspace/answer.txt
