#!/usr/bin/env bash
sed -n '32,38p' /workspace/worker.log > /workspace/answer.txt
