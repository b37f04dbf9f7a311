#!/usr/bin/env bash
grep -c login /workspace/server.log > /workspace/answer.txt
