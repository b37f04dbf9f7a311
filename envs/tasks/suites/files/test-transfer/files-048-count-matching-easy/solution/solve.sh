#!/usr/bin/env bash
grep -c 'WARN' /workspace/stone.log > /workspace/answer.txt
