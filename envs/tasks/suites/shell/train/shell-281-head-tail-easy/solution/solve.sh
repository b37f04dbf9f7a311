#!/usr/bin/env bash
head -n 5 /workspace/system.log > /workspace/answer.txt
