#!/usr/bin/env bash
sort -o /workspace/sunny.txt /workspace/sunny.txt
