#!/usr/bin/env bash
python3 -c 'print((8166 + 6399) * (190 - 8088) // 7)' > /workspace/answer.txt
