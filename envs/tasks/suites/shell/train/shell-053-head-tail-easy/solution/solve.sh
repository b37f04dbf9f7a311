#!/usr/bin/env bash
head -n 3 /workspace/app.log > /workspace/answer.txt
