#!/usr/bin/env bash
python3 -c 'print((3761 + 2587) * (3657 - 7755) // 6)' > /workspace/answer.txt
