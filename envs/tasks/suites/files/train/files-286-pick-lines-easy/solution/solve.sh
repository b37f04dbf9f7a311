#!/usr/bin/env bash
head -n 3 /workspace/velvet.txt > /workspace/harbor.txt
