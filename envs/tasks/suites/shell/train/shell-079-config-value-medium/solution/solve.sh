#!/usr/bin/env bash
grep '=true$' /workspace/config.txt | cut -d= -f1 > /workspace/answer.txt
