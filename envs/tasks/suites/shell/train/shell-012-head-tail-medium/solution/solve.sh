#!/usr/bin/env bash
tail -n 8 /workspace/server.log > /workspace/answer.txt
