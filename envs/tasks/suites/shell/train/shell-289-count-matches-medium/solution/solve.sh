#!/usr/bin/env bash
grep -ci user /workspace/app.log > /workspace/answer.txt
