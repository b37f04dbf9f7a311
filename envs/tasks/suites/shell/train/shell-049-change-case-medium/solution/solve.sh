#!/usr/bin/env bash
grep mail /workspace/app.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
