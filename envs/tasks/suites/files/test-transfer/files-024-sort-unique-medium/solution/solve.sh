#!/usr/bin/env bash
sort -u /workspace/mango.txt > /workspace/pepper.txt
