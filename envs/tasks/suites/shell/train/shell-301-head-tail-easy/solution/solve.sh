#!/usr/bin/env bash
head -n 3 /workspace/worker.log > /workspace/answer.txt
