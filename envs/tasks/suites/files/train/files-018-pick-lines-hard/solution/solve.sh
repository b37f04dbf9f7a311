#!/usr/bin/env bash
sed -n '19,24p' /workspace/apple.txt > /workspace/island.txt
