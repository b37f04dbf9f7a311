#!/usr/bin/env bash
sed -i 's/island/lotus/g' /workspace/sunny.txt
