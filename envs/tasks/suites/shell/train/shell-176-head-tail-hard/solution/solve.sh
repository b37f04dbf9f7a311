#!/usr/bin/env bash
sed -n '4,13p' /workspace/service.log > /workspace/answer.txt
