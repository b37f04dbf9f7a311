#!/usr/bin/env bash
grep WARN /workspace/events.log | grep -vc db > /workspace/answer.txt
