#!/usr/bin/env bash
grep -ci full /workspace/app.log > /workspace/answer.txt
