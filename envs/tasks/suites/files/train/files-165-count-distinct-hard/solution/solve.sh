#!/usr/bin/env bash
sort -u /workspace/harbor.txt | wc -l > /workspace/total.txt
