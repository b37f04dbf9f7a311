#!/usr/bin/env bash
grep db /workspace/server.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
