#!/usr/bin/env bash
python3 -c 'print((3840 * 1488 - 3870) % 7582)' > /workspace/answer.txt
