#!/usr/bin/env bash
sort -o /workspace/meadow.txt /workspace/meadow.txt
