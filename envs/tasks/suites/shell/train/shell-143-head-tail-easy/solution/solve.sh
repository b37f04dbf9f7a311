#!/usr/bin/env bash
head -n 2 /workspace/server.log > /workspace/answer.txt
