#!/usr/bin/env bash
tr 'A-Z' 'a-z' < /workspace/events.log > /workspace/answer.txt
