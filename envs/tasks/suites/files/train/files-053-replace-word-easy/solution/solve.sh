#!/usr/bin/env bash
sed -i 's/tiger/maple/g' /workspace/frost.txt
