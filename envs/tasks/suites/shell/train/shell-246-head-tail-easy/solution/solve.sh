#!/usr/bin/env bash
head -n 10 /workspace/worker.log > /workspace/answer.txt
