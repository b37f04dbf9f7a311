#!/usr/bin/env bash
grep upload /workspace/audit.log | cut -d' ' -f2 > /workspace/answer.txt
