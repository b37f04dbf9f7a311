#!/usr/bin/env bash
grep download /workspace/access.log | cut -d' ' -f2 > /workspace/answer.txt
