#!/usr/bin/env bash
grep DEBUG /workspace/system.log | grep -vc mail > /workspace/answer.txt
