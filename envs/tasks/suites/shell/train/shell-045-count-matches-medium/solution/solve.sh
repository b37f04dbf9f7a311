#!/usr/bin/env bash
grep -ci user /workspace/service.log > /workspace/answer.txt
