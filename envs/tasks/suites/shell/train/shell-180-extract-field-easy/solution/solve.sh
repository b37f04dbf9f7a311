#!/usr/bin/env bash
grep delete /workspace/gateway.log | cut -d' ' -f2 > /workspace/answer.txt
