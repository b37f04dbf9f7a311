#!/usr/bin/env bash
tail -n 7 /workspace/app.log > /workspace/answer.txt
