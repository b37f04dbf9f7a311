#!/usr/bin/env bash
sed -n '20,23p' /workspace/server.log > /workspace/answer.txt
