#!/usr/bin/env bash
grep -c lookup /workspace/service.log > /workspace/answer.txt
