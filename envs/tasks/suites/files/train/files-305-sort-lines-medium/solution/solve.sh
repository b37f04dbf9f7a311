#!/usr/bin/env bash
sort -o /workspace/amber.txt /workspace/amber.txt
