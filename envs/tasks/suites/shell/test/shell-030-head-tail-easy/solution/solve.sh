#!/usr/bin/env bash
head -n 4 /workspace/events.log > /workspace/answer.txt
