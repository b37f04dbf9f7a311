#!/usr/bin/env bash
python3 -c 'print((4993 + 4343) * (8903 - 9532) // 7)' > /workspace/answer.txt
