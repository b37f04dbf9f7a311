#!/usr/bin/env bash
python3 -c 'print(973 - 566)' > /workspace/answer.txt
