#!/usr/bin/env bash
sort -u /workspace/harbor.txt > /workspace/olive.txt
