#!/usr/bin/env bash
sort /workspace/jasper.txt | head -n 3 > /workspace/sunny.txt
