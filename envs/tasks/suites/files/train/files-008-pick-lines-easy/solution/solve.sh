#!/usr/bin/env bash
head -n 2 /workspace/lemon.txt > /workspace/cloud.txt
