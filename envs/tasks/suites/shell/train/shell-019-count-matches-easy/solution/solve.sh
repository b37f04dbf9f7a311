#!/usr/bin/env bash
grep -c api /workspace/service.log > /workspace/answer.txt
