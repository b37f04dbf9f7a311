#!/usr/bin/env bash
sort -n -o /workspace/brick.txt /workspace/brick.txt
