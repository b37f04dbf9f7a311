#!/usr/bin/env bash
wc -l < /workspace/jasper.log > /workspace/answer.txt
