#!/usr/bin/env bash
sed -i 's/velvet/falcon/g' /workspace/saddle.txt /workspace/frost.txt
