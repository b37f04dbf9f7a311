#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/worker.log > /workspace/answer.txt
