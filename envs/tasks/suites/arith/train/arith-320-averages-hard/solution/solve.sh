#!/usr/bin/env bash
python3 -c 'print((630 + 484 + 244 + 422 + 309 + 515) // 6)' > /workspace/answer.txt
