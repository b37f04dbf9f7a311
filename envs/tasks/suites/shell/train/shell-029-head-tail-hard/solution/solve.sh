#!/usr/bin/env bash
sed -n '45,54p' /workspace/server.log > /workspace/answer.txt
