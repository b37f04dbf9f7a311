#!/usr/bin/env bash
grep DEBUG /workspace/events.log | grep -vc db > /workspace/answer.txt
