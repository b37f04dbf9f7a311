#!/usr/bin/env bash
wc -l < /workspace/timber.log > /workspace/answer.txt
