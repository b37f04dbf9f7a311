#!/usr/bin/env bash
sort -u /workspace/meadow.txt > /workspace/lotus.txt
