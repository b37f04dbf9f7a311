#!/usr/bin/env bash
grep -c login /workspace/app.log > /workspace/answer.txt
