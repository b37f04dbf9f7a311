#!/usr/bin/env bash
sort -o /workspace/stone.txt /workspace/stone.txt
