#!/usr/bin/env bash
python3 -c 'print((272 - 5) * 40)' > /workspace/answer.txt
