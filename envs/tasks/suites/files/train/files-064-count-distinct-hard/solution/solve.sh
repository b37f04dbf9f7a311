#!/usr/bin/env bash
sort -u /workspace/falcon.txt | wc -l > /workspace/lines.txt
