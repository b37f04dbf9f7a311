#!/usr/bin/env bash
wc -l < /workspace/sunny.log > /workspace/answer.txt
