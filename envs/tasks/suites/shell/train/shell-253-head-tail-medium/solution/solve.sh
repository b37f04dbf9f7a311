#!/usr/bin/env bash
tail -n 7 /workspace/events.log > /workspace/answer.txt
