#!/usr/bin/env bash
sort -n -o /workspace/harbor.txt /workspace/harbor.txt
