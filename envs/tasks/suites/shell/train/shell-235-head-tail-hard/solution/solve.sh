#!/usr/bin/env bash
sed -n '42,50p' /workspace/system.log > /workspace/answer.txt
