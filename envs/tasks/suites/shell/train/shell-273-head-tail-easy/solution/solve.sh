#!/usr/bin/env bash
head -n 8 /workspace/worker.log > /workspace/answer.txt
