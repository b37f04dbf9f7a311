#!/usr/bin/env bash
tail -n 8 /workspace/sunny.txt > /workspace/frost.txt
