#!/usr/bin/env bash
sort -u /workspace/brick.txt > /workspace/garnet.txt
