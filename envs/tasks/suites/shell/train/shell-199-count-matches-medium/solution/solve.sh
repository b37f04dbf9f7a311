#!/usr/bin/env bash
grep -ci token /workspace/service.log > /workspace/answer.txt
