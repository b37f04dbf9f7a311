#!/usr/bin/env bash
tr 'a-z' 'A-Z' < /workspace/worker.log > /workspace/answer.txt
