#!/usr/bin/env bash
sort -u /workspace/cobalt.txt > /workspace/brick.txt
