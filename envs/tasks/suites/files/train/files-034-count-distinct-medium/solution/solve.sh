#!/usr/bin/env bash
sort -u /workspace/lantern.txt | wc -l > /workspace/count.txt
