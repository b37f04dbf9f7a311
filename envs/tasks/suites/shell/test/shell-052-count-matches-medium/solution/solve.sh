#!/usr/bin/env bash
grep -ci expired /workspace/system.log > /workspace/answer.txt
