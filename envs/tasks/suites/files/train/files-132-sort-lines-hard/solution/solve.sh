#!/usr/bin/env bash
sort -n -o /workspace/amber.txt /workspace/amber.txt
