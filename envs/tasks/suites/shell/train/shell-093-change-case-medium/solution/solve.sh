#!/usr/bin/env bash
grep web /workspace/events.log | tr 'a-z' 'A-Z' > /workspace/answer.txt
