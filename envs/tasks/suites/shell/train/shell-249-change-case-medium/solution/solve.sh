#!/usr/bin/env bash
grep search /workspace/worker.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
