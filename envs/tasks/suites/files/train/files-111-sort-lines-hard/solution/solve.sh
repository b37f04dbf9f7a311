#!/usr/bin/env bash
sort -n -o /workspace/apple.txt /workspace/apple.txt
