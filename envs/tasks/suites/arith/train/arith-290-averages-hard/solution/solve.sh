#!/usr/bin/env bash
python3 -c 'print((794 + 587 + 595 + 961 + 743 + 250) // 6)' > /workspace/answer.txt
