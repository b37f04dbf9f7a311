#!/usr/bin/env bash
grep search /workspace/events.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
