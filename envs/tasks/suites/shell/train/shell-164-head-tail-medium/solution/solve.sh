#!/usr/bin/env bash
tail -n 10 /workspace/server.log > /workspace/answer.txt
