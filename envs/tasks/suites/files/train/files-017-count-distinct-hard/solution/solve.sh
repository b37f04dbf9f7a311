#!/usr/bin/env bash
sort -u /workspace/raven.txt | wc -l > /workspace/count.txt
