#!/usr/bin/env bash
sed -n '6,13p' /workspace/cedar.txt > /workspace/saddle.txt
