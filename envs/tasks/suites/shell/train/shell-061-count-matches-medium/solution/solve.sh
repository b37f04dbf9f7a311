#!/usr/bin/env bash
grep -ci scheduled /workspace/app.log > /workspace/answer.txt
