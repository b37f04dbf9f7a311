#!/usr/bin/env bash
sort -u /workspace/velvet.txt > /workspace/apple.txt
