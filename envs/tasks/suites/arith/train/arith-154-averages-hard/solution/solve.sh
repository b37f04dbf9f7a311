#!/usr/bin/env bash
python3 -c 'print((970 + 624 + 865 + 617 + 912 + 992) // 6)' > /workspace/answer.txt
