#!/usr/bin/env bash
python3 -c 'print(910 + 785 + 579 + 234 + 709 + 497)' > /workspace/answer.txt
