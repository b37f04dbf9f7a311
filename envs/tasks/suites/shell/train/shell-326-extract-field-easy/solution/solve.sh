#!/usr/bin/env bash
grep upload /workspace/gateway.log | cut -d' ' -f2 > /workspace/answer.txt
