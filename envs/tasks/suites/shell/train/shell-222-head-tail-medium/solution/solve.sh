#!/usr/bin/env bash
tail -n 7 /workspace/server.log > /workspace/answer.txt
