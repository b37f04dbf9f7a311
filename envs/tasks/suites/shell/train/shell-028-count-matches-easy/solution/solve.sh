#!/usr/bin/env bash
grep -c db /workspace/app.log > /workspace/answer.txt
