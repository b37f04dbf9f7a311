#!/usr/bin/env bash
grep logout /workspace/web.log | cut -d' ' -f2 > /workspace/answer.txt
