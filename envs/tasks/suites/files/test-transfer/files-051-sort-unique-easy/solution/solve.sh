#!/usr/bin/env bash
sort -u /workspace/stone.txt > /workspace/maple.txt
