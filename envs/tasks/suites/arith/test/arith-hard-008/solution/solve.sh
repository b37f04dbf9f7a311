#!/usr/bin/env bash
python3 -c 'print((1480 + 5505) * (1571 - 8589) // 7)' > /workspace/answer.txt
