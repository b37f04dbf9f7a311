#!/usr/bin/env bash
grep download /workspace/web.log | cut -d' ' -f2 > /workspace/answer.txt
