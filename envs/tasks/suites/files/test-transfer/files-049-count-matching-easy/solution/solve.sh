#!/usr/bin/env bash
grep -c 'WARN' /workspace/amber.log > /workspace/lines.txt
