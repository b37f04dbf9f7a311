#!/usr/bin/env bash
sed -n '10,17p' /workspace/events.log > /workspace/answer.txt
