#!/usr/bin/env bash
sort -u /workspace/olive.txt | wc -l > /workspace/total.txt
