#!/usr/bin/env bash
head -n 7 /workspace/system.log > /workspace/answer.txt
