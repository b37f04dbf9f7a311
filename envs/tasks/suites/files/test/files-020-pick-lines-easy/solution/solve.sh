#!/usr/bin/env bash
head -n 5 /workspace/sunny.txt > /workspace/apple.txt
