#!/usr/bin/env bash
sed -n '34,37p' /workspace/pepper.txt > /workspace/island.txt
