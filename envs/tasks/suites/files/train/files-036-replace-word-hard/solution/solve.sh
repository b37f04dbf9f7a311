#!/usr/bin/env bash
sed -i 's/velvet/river/g' /workspace/delta.txt /workspace/sunny.txt
