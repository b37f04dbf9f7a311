#!/usr/bin/env bash
grep download /workspace/gateway.log | cut -d' ' -f2 > /workspace/answer.txt
