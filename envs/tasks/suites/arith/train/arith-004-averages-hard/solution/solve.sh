#!/usr/bin/env bash
python3 -c 'print((278 + 410 + 740 + 985 + 357) // 5)' > /workspace/answer.txt
