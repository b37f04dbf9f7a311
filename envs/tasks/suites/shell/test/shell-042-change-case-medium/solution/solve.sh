#!/usr/bin/env bash
grep queue /workspace/events.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
