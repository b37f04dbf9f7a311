#!/usr/bin/env bash
head -n 4 /workspace/server.log > /workspace/answer.txt
