#!/usr/bin/env bash
grep -ci rebuilt /workspace/worker.log > /workspace/answer.txt
