#!/usr/bin/env bash
grep -c auth /workspace/server.log > /workspace/answer.txt
