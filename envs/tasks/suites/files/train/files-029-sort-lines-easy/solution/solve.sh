#!/usr/bin/env bash
sort -o /workspace/jasper.txt /workspace/jasper.txt
