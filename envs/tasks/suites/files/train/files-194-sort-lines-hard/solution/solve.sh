#!/usr/bin/env bash
sort -n -o /workspace/sunny.txt /workspace/sunny.txt
