#!/usr/bin/env bash
sort -u /workspace/meadow.txt > /workspace/maple.txt
