#!/usr/bin/env bash
sed -i 's/maple/cedar/g' /workspace/apple.txt
