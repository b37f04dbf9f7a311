#!/usr/bin/env bash
python3 -c 'print(2 * (627 + 270))' > /workspace/answer.txt
