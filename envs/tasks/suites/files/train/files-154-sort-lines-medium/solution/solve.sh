#!/usr/bin/env bash
sort -o /workspace/island.txt /workspace/island.txt
