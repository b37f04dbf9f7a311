#!/usr/bin/env bash
python3 -c 'print(855 + 18 + 651 + 585 + 497 + 683)' > /workspace/answer.txt
