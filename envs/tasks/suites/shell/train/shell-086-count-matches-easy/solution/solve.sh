#!/usr/bin/env bash
grep -c DEBUG /workspace/worker.log > /workspace/answer.txt
