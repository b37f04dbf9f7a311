#!/usr/bin/env bash
sort -n -o /workspace/olive.txt /workspace/olive.txt
