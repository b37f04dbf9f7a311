#!/usr/bin/env bash
sed -i 's/timber/harbor/g' /workspace/stone.txt
