#!/usr/bin/env bash
python3 -c 'print(13982 - 5026)' > /workspace/answer.txt
