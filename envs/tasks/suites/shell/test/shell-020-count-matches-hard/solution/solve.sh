#!/usr/bin/env bash
grep INFO /workspace/service.log | grep -vc api > /workspace/answer.txt
