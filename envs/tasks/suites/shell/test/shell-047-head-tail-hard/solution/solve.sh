#!/usr/bin/env bash
sed -n '29,31p' /workspace/server.log > /workspace/answer.txt
