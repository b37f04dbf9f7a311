#!/usr/bin/env bash
grep queue /workspace/service.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
