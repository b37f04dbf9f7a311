#!/usr/bin/env bash
python3 -c 'print(21 + 812 + 847 + 846 + 525 + 809)' > /workspace/answer.txt
