#!/usr/bin/env bash
grep -c query /workspace/server.log > /workspace/answer.txt
