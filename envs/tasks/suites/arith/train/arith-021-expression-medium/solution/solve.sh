#!/usr/bin/env bash
python3 -c 'print((725 - 95) * 3)' > /workspace/answer.txt
