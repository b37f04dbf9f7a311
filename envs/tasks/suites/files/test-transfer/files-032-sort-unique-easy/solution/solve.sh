#!/usr/bin/env bash
sort -u /workspace/island.txt > /workspace/cobalt.txt
