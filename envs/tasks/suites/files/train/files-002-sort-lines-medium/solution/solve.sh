#!/usr/bin/env bash
sort -o /workspace/frost.txt /workspace/frost.txt
