#!/usr/bin/env bash
sort -n -o /workspace/lemon.txt /workspace/lemon.txt
