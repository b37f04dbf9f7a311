#!/usr/bin/env bash
grep '=true$' /workspace/env.txt | cut -d= -f1 > /workspace/answer.txt
