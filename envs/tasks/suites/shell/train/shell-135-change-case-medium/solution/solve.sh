#!/usr/bin/env bash
grep billing /workspace/service.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
