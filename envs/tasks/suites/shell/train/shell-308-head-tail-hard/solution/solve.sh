#!/usr/bin/env bash
sed -n '25,28p' /workspace/service.log > /workspace/answer.txt
