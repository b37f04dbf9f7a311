#!/usr/bin/env bash
grep -ci slow /workspace/system.log > /workspace/answer.txt
