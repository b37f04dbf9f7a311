#!/usr/bin/env bash
grep -c index /workspace/app.log > /workspace/answer.txt
