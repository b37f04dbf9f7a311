#!/usr/bin/env bash
grep -ci full /workspace/system.log > /workspace/answer.txt
