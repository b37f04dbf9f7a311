#!/usr/bin/env bash
python3 -c 'print(690 - 329)' > /workspace/answer.txt
