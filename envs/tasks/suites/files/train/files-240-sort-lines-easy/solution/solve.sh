#!/usr/bin/env bash
sort -o /workspace/tiger.txt /workspace/tiger.txt
