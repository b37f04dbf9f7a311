#!/usr/bin/env bash
python3 -c 'print((236 + 828 + 728 + 605 + 894 + 879) // 6)' > /workspace/answer.txt
