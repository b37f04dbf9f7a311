#!/usr/bin/env bash
grep login /workspace/web.log | cut -d' ' -f2 > /workspace/answer.txt
