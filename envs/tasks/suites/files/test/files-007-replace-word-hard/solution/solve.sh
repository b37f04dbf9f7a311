#!/usr/bin/env bash
sed -i 's/lemon/ember/g' /workspace/sunny.txt /workspace/saddle.txt
