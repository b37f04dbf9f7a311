#!/usr/bin/env bash
tail -n 3 /workspace/events.log > /workspace/answer.txt
