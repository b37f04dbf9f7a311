#!/usr/bin/env bash
grep queue /workspace/worker.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
