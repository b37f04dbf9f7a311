#!/usr/bin/env bash
grep WARN /workspace/worker.log | grep -vc auth > /workspace/answer.txt
