#!/usr/bin/env bash
python3 -c 'print(636 + 624 + 842 + 826 + 346 + 396)' > /workspace/answer.txt
