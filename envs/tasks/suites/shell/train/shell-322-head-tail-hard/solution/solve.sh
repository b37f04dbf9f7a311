#!/usr/bin/env bash
sed -n '14,17p' /workspace/server.log > /workspace/answer.txt
