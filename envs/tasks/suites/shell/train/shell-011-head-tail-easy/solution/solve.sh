#!/usr/bin/env bash
head -n 5 /workspace/server.log > /workspace/answer.txt
