#!/usr/bin/env bash
sed -n '37,43p' /workspace/service.log > /workspace/answer.txt
