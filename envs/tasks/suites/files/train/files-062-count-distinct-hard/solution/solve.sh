#!/usr/bin/env bash
sort -u /workspace/cloud.txt | wc -l > /workspace/lines.txt
