#!/usr/bin/env bash
tail -n 4 /workspace/events.log > /workspace/answer.txt
