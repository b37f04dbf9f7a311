#!/usr/bin/env bash
grep DEBUG /workspace/worker.log | grep -vc db > /workspace/answer.txt
